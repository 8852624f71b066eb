# A CSV saved as UTF-16 (a spreadsheet's "Unicode text" export): refused with what to do, exit 3, rather
# than read as garbled column names.
set(ARGS batch utf16le-bom.csv)
set(EXPECT_RC 3)
set(STDERR_MATCHES
    "pitchcheck: error: utf16le-bom\\.csv: looks like UTF-16 \\(it starts with a UTF-16 byte-order mark\\); save it as UTF-8")
