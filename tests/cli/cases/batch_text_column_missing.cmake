set(ARGS batch --text-column body group.csv)
set(EXPECT_RC 2)
set(STDERR_MATCHES "group\\.csv:1: no column named \"body\" \\(the columns are id, name, text\\); check --text-column")
