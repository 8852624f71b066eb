# A folder where a pitch file is expected (even one named like a file): named, exit 3.
file(MAKE_DIRECTORY ${DATA}/a-folder.txt)
set(ARGS a-folder.txt)
set(EXPECT_RC 3)
set(STDERR_MATCHES "pitchcheck: error: a-folder\\.txt: cannot read: Is a directory")
