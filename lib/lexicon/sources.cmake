# lib/lexicon: lemmas, noun classes, places and NAICS sectors. The tables are generated at build time by
# pc_lexicon_gen (lexicon/gen) from WordNet 3.0 and the files in lexicon/data, and compiled in as constant
# data. Included from lib/CMakeLists.txt; source paths are relative to lib/.
list(APPEND PC_SOURCES lexicon/key_table.cpp lexicon/lemma.cpp lexicon/nouns.cpp lexicon/places.cpp
                       lexicon/sectors.cpp)

set(PITCHCLARITY_WORDNET_DIR /usr/share/wordnet CACHE PATH "WordNet 3.0 database files (Debian: wordnet-base)")
set(_pc_wordnet_files)
foreach(_pc_file index.noun index.verb index.adj index.adv data.noun data.verb data.adj data.adv
                 noun.exc verb.exc adj.exc adv.exc cntlist.rev)
  if(NOT EXISTS ${PITCHCLARITY_WORDNET_DIR}/${_pc_file})
    message(FATAL_ERROR "WordNet 3.0 file ${PITCHCLARITY_WORDNET_DIR}/${_pc_file} not found: "
                        "apt-get install wordnet-base, or set PITCHCLARITY_WORDNET_DIR")
  endif()
  list(APPEND _pc_wordnet_files ${PITCHCLARITY_WORDNET_DIR}/${_pc_file})
endforeach()

# The generator is a host program; a cross build would need a native pc_lexicon_gen instead.
add_executable(pc_lexicon_gen
  ${CMAKE_CURRENT_LIST_DIR}/gen/main.cpp ${CMAKE_CURRENT_LIST_DIR}/gen/tsv.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gen/wordnet.cpp ${CMAKE_CURRENT_LIST_DIR}/gen/gen_lex.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gen/nouns.cpp ${CMAKE_CURRENT_LIST_DIR}/gen/sectors.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gen/emit.cpp ${CMAKE_CURRENT_LIST_DIR}/gen/forms.cpp)
target_include_directories(pc_lexicon_gen PRIVATE ${CMAKE_CURRENT_LIST_DIR}/..)
pitchclarity_warnings(pc_lexicon_gen)

set(_pc_lexicon_data)
foreach(_pc_file classes.tsv overrides.tsv modifiers.tsv lemmas.tsv spelling.tsv places_uk.txt places_ie.txt
                 places_us.txt naics2017.tsv naics2022_changes.tsv
                 sector_phrases.tsv)
  list(APPEND _pc_lexicon_data ${CMAKE_CURRENT_LIST_DIR}/data/${_pc_file})
endforeach()

set(_pc_lexicon_tables ${CMAKE_CURRENT_BINARY_DIR}/lexicon/lexicon_tables.cpp)
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/lexicon)
add_custom_command(
  OUTPUT ${_pc_lexicon_tables}
  COMMAND pc_lexicon_gen --wordnet ${PITCHCLARITY_WORDNET_DIR} --data ${CMAKE_CURRENT_LIST_DIR}/data
          --out ${_pc_lexicon_tables}
  DEPENDS pc_lexicon_gen ${_pc_lexicon_data} ${_pc_wordnet_files}
  COMMENT "Generating the lexicon tables from WordNet 3.0, NAICS 2017 and lexicon/data"
  VERBATIM)
list(APPEND PC_GENERATED_SOURCES ${_pc_lexicon_tables})
