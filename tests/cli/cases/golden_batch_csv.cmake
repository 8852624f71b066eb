# A CSV in batch (Excel style: byte-order mark, CRLF, quoted fields with commas, quotes and line breaks),
# written back as CSV. The row without an id is named by its spreadsheet row number.
set(ARGS batch --format csv --rules cli-test-pack.toml group.csv)
set(STDOUT_GOLDEN batch-group.csv)
set(STDOUT_MATCHES "\nanna," "\nbob," "\nchloé," "\ndeclan," "\nrow 6,")
