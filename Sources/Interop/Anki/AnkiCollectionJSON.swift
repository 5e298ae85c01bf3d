import Foundation

/// The JSON columns of a schema 11 `col` row: settings, note types, decks, deck options.
struct AnkiCollectionJSON {
  let collection: AnkiCollection

  /// Collection settings: the v2 scheduler with the day's start and the creation offset, so
  /// review due days mean the same study days as in NoteDrill.
  func configuration() throws -> String {
    try text([
      "schedVer": 2, "sched2021": true, "creationOffset": collection.creationMinutesWest,
      "rollover": collection.rolloverHour, "nextPos": collection.notes.count + 1,
      "curDeck": 1, "activeDecks": [1], "curModel": AnkiNoteType.choice.rawValue,
      "sortType": "noteFld", "sortBackwards": false, "addToCur": true, "dayLearnFirst": false,
      "newSpread": 0, "collapseTime": 1200, "timeLim": 0, "estTimes": true, "dueCounts": true,
    ])
  }

  /// The two note types, by id.
  func models() throws -> String {
    var models: [String: Any] = [:]
    for type in AnkiNoteType.allCases { models[String(type.rawValue)] = model(type) }
    return try text(models)
  }

  private func model(_ type: AnkiNoteType) -> [String: Any] {
    let fields: [[String: Any]] = type.fields.enumerated().map { index, name in
      [
        "name": name, "ord": index, "sticky": false, "rtl": false, "font": "Arial", "size": 20,
        "description": "", "plainText": false, "collapsed": false,
        "excludeFromSearch": name == "QuestionID",
        "id": AnkiCollectionPlan.stableID(type.name + "/" + name, salt: "field"),
        "tag": NSNull(), "preventDeletion": false,
      ]
    }
    let template: [String: Any] = [
      "name": "Card 1", "ord": 0, "qfmt": type.questionTemplate, "afmt": type.answerTemplate,
      "bqfmt": "", "bafmt": "", "did": NSNull(), "bfont": "", "bsize": 0,
      "id": AnkiCollectionPlan.stableID(type.name, salt: "template"),
    ]
    return [
      "id": type.rawValue, "name": type.name, "type": 0, "mod": collection.modified, "usn": -1,
      "sortf": 0, "did": NSNull(), "tmpls": [template], "flds": fields, "css": css,
      "latexPre": latexPre, "latexPost": "\\end{document}", "latexsvg": false,
      "req": [[0, "any", [0]]], "tags": [], "vers": [],
    ]
  }

  /// Every deck (with the Default deck Anki expects), by id.
  func decks() throws -> String {
    var decks: [String: Any] = [:]
    for deck in [AnkiDeck(id: 1, name: "Default")] + collection.decks {
      decks[String(deck.id)] =
        [
          "id": deck.id, "name": deck.name, "mod": collection.modified, "usn": -1,
          "lrnToday": [0, 0], "revToday": [0, 0], "newToday": [0, 0], "timeToday": [0, 0],
          "collapsed": false, "browserCollapsed": false, "desc": "", "dyn": 0, "conf": 1,
          "extendNew": 0, "extendRev": 0,
        ] as [String: Any]
    }
    return try text(decks)
  }

  /// One deck options group, Anki's defaults.
  func deckConfigurations() throws -> String {
    let defaults: [String: Any] = [
      "id": 1, "mod": 0, "name": "Default", "usn": 0, "maxTaken": 60, "autoplay": true,
      "timer": 0, "replayq": true, "dyn": false,
      "new": [
        "bury": false, "delays": [1.0, 10.0], "initialFactor": 2500, "ints": [1, 4, 0],
        "order": 1, "perDay": 20,
      ] as [String: Any],
      "rev": [
        "bury": false, "ease4": 1.3, "ivlFct": 1.0, "maxIvl": 36500, "perDay": 200,
        "hardFactor": 1.2,
      ] as [String: Any],
      "lapse": [
        "delays": [10.0], "leechAction": 1, "leechFails": 8, "minInt": 1, "mult": 0.0,
      ] as [String: Any],
    ]
    return try text(["1": defaults])
  }

  private func text(_ object: [String: Any]) throws -> String {
    String(
      decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
      as: UTF8.self)
  }

  private let css = """
    .card { font-family: sans-serif; font-size: 20px; line-height: 1.5; text-align: left;
      color: black; background-color: white; }
    .options li { margin: 0.3em 0; }
    .answer { font-weight: bold; }
    .explanation { margin-top: 1em; }
    .source { margin-top: 1em; font-size: 14px; color: gray; }
    .nightMode .card, .night_mode .card { color: white; background-color: black; }
    """

  private let latexPre = """
    \\documentclass[12pt]{article}
    \\special{papersize=3in,5in}
    \\usepackage[utf8]{inputenc}
    \\usepackage{amssymb,amsmath}
    \\pagestyle{empty}
    \\setlength{\\parindent}{0in}
    \\begin{document}

    """
}
