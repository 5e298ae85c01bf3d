/// Terminal column widths of scalars, characters and strings.
public enum DisplayWidth {}
