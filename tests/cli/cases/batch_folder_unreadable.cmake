# A folder holding a pitch file that cannot be read (a link to nowhere: permissions do not stop root):
# it is named, the others are scored, exit 3. Sub-folders and other extensions are left alone.
set(folder ${WORK}/unreadable-folder)
file(REMOVE_RECURSE ${folder})
file(MAKE_DIRECTORY ${folder}/notes.txt)
file(WRITE ${folder}/a.txt "I help independent dental practices in Leeds.")
file(WRITE ${folder}/c.md "We fit stairlifts in Bristol.")
file(WRITE ${folder}/d.doc "not a pitch")
file(CREATE_LINK ${folder}/nowhere ${folder}/b.txt SYMBOLIC)
set(ARGS batch --format csv ${folder})
set(EXPECT_RC 3)
set(STDERR_MATCHES "unreadable-folder/b\\.txt: cannot open: No such file or directory")
set(STDOUT_MATCHES "\na\\.txt," "\nc\\.md,")
set(STDOUT_NOT_MATCHES "d\\.doc" "notes")
