/// The HTML report's style sheet: readable on screen, A4 when printed.
enum ReportHTMLStyle {
  static let css = """
    :root { --ink: #1d2633; --muted: #5d6b7c; --line: #d9dee5; --accent: #2f6fb0;
      --soft: #f4f6f9; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.45 system-ui,
      -apple-system, "Segoe UI", "Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo",
      "Malgun Gothic", "NanumGothic", sans-serif; }
    main { max-width: 900px; margin: 0 auto; padding: 28px 28px 40px; }
    header h1 { margin: 0; font-size: 26px; letter-spacing: -0.01em; }
    .meta, .sub { color: var(--muted); margin: 4px 0 10px; font-size: 13px; }
    h2 { font-size: 17px; margin: 0 0 6px; border-bottom: 2px solid var(--ink);
      padding-bottom: 3px; }
    h3 { font-size: 14px; margin: 14px 0 4px; color: var(--muted); }
    section { margin: 22px 0; break-inside: avoid; page-break-inside: avoid; }
    .tiles { display: grid; grid-template-columns: repeat(6, 1fr); gap: 10px; }
    .tile { background: var(--soft); border-radius: 8px; padding: 10px 12px; }
    .tile .label { font-size: 12px; color: var(--muted); }
    .tile .value { font-size: 21px; font-weight: 650; line-height: 1.25; white-space: nowrap; }
    .tile .note { font-size: 12px; color: var(--muted); min-height: 1em; }
    .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
    .pair section { margin: 0; }
    .activity { display: grid; grid-template-columns: 5fr 7fr; gap: 24px; align-items: end; }
    .activity svg { width: 100%; }
    .activity svg.heat { max-width: 290px; }
    svg { max-width: 100%; height: auto; display: block; }
    svg text { font: 10px system-ui, "NanumGothic", sans-serif; }
    svg .axis { fill: var(--muted); }
    svg .value { fill: var(--ink); font-weight: 600; }
    svg .axisline { stroke: var(--line); }
    svg .grid { stroke: var(--line); stroke-dasharray: 2 3; }
    svg .bar { fill: var(--accent); }
    svg .predicted { stroke: #d9822b; stroke-width: 2.5; }
    svg .trend { fill: none; stroke: var(--accent); stroke-width: 2; }
    svg .dot { fill: #fff; stroke: var(--accent); stroke-width: 2; }
    .s-new { fill: #c9d3df; background: #c9d3df; }
    .s-learning { fill: #f2b45a; background: #f2b45a; }
    .s-review { fill: #3f8f5f; background: #3f8f5f; }
    .s-suspended { fill: #b84a4a; background: #b84a4a; }
    .legend { font-size: 13px; color: var(--muted); display: flex; gap: 16px; margin: 6px 0 0; }
    .legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px;
      margin-right: 5px; }
    table { width: 100%; border-collapse: collapse; font-size: 13.5px; }
    th { text-align: left; font-size: 12px; color: var(--muted); font-weight: 600;
      border-bottom: 1px solid var(--line); padding: 4px 6px; }
    td { border-bottom: 1px solid var(--line); padding: 5px 6px; vertical-align: top;
      overflow-wrap: anywhere; }
    td:nth-child(2) { white-space: nowrap; width: 1%; }
    .num { text-align: right; white-space: nowrap; width: 1%; }
    .small { font-size: 12px; color: var(--muted); }
    .meter { display: inline-block; width: 120px; height: 9px; background: #e6eaf0;
      border-radius: 5px; overflow: hidden; vertical-align: middle; }
    .meter span { display: block; height: 100%; background: var(--accent); }
    .pct { display: inline-block; width: 3.2em; text-align: right; font-size: 12.5px;
      font-variant-numeric: tabular-nums; }
    .empty { background: var(--soft); border-radius: 8px; padding: 14px 18px; }
    code { background: var(--soft); padding: 1px 4px; border-radius: 4px; }
    footer { margin-top: 28px; font-size: 11.5px; color: var(--muted); }
    @media (max-width: 700px) { .tiles { grid-template-columns: repeat(3, 1fr); }
      .pair, .activity { grid-template-columns: 1fr; } }
    @page { size: A4; margin: 14mm 12mm; }
    @media print {
      body { font-size: 11pt; }
      main { max-width: none; padding: 0; }
      .tile { border: 1px solid var(--line); }
      thead { display: table-header-group; }
      tr { break-inside: avoid; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
}
