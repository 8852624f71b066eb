# Spaces, tabs and line ends only (LF, CRLF): the same as empty.
file(WRITE ${DATA}/whitespace.txt "  \n\t\r\n   \n\n")
set(ARGS whitespace.txt)
set(EXPECT_RC 3)
set(STDERR_MATCHES "pitchcheck: error: whitespace\\.txt: the pitch is empty")
