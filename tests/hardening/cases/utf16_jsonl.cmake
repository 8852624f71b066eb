# A JSONL file saved as UTF-16: refused with what to do, exit 3, rather than every line failing to parse.
set(ARGS batch utf16be-bom.jsonl)
set(EXPECT_RC 3)
set(STDERR_MATCHES
    "pitchcheck: error: utf16be-bom\\.jsonl: looks like UTF-16 \\(it starts with a UTF-16 byte-order mark\\); save it as UTF-8")
