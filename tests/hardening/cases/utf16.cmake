# UTF-16 with a byte-order mark (either order), and without one: each refused with what to do, exit 3.
set(ARGS utf16le-bom.txt utf16be-bom.txt utf16le-no-bom.txt)
set(EXPECT_RC 3)
set(STDERR_MATCHES
    "pitchcheck: error: utf16le-bom\\.txt: looks like UTF-16 \\(it starts with a UTF-16 byte-order mark\\); save it as UTF-8"
    "pitchcheck: error: utf16be-bom\\.txt: looks like UTF-16 \\(it starts with a UTF-16 byte-order mark\\); save it as UTF-8"
    "pitchcheck: error: utf16le-no-bom\\.txt: looks like UTF-16 \\(every other byte is NUL\\); save it as UTF-8"
    "3 of 3 inputs could not be read")
