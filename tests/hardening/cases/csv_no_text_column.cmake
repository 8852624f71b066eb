# A CSV without a text column: the columns it has are listed with what to do, exit 3.
file(WRITE ${DATA}/no-text.csv "id,name,body\nanna,Anna,I help dentists in Leeds.\n")
set(ARGS batch no-text.csv)
set(EXPECT_RC 3)
set(STDERR_MATCHES "pitchcheck: error: no-text\\.csv:1: no column named \"text\" or \"pitch\" \\(the columns are id, name, body\\); name the pitch column with --text-column")
