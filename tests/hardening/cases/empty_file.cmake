# An empty file: no report, a clear error, exit 3.
file(WRITE ${DATA}/empty.txt "")
set(ARGS empty.txt)
set(EXPECT_RC 3)
set(STDERR_MATCHES "pitchcheck: error: empty\\.txt: the pitch is empty")
