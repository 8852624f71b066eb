# A folder given to batch as a CSV: a usage error, exit 2, before anything is read.
file(MAKE_DIRECTORY ${DATA}/a-folder.csv)
set(ARGS batch --input-format csv a-folder.csv)
set(EXPECT_RC 2)
set(STDERR_MATCHES "pitchcheck: error: a-folder\\.csv: is a folder, but --input-format says it is a file")
