# A binary file (a Word document: ZIP header, compressed bytes, NULs): refused in one sentence, exit 3,
# rather than thousands of findings about bytes.
set(ARGS document.docx)
set(EXPECT_RC 3)
set(STDERR_MATCHES "pitchcheck: error: document\\.docx: does not look like text: [0-9]+ of its first 8192 bytes are NUL, control bytes or not UTF-8.*save the pitch as plain UTF-8 text")
