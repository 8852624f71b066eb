/* pitchclarity/pitchclarity.h — the C API: judge whether a listener could act on an elevator pitch.
 *
 *   pc_analyzer* analyzer = NULL;
 *   pc_report* report = NULL;
 *   if (pc_analyzer_create(NULL, &analyzer) != PC_OK) {
 *     fprintf(stderr, "%s\n", pc_last_error_message());
 *     return 2;
 *   }
 *   if (pc_analyze(analyzer, text, text_length, NULL, &report) == PC_OK) {
 *     printf("%d %s\n", pc_report_score(report), pc_report_band(report));
 *   }
 *   pc_report_free(report);
 *   pc_analyzer_free(analyzer);
 *
 * C99, usable from C++ and from any language with a C foreign-function interface (the Python example in
 * examples/consumers/python uses ctypes). It wraps the C++ API of analyzer.hpp and report.hpp; the two
 * always give the same result for the same text and options.
 *
 * Ownership. Every handle is created by the library and owned by the caller until the matching *_free,
 * which accepts NULL. Strings returned as `const char*` belong to the object they came from and stay valid
 * until it is freed. The only string the caller owns is the one pc_report_to_json returns, released with
 * pc_string_free. An analyzer and the reports it produced are independent: either may be freed first.
 *
 * Errors. Functions returning pc_status return PC_OK on success. On failure their output parameters are
 * set to NULL (when they are not NULL themselves) and pc_last_error_message() says what went wrong.
 * Accessors returning a value return a sentinel on bad arguments (documented on each: -1, NULL or 0) and
 * set the same message. No C++ exception ever leaves this API; running out of memory is PC_ERROR_OUT_OF_MEMORY.
 *
 * Threads. An analyzer is immutable once created: any number of threads may call pc_analyze on the same
 * analyzer at once, without locking. A report is immutable too, so reading one from several threads is
 * safe. An options object is a plain builder: do not modify it from two threads at once. Freeing an object
 * while another thread still uses it is undefined, as with free(). The error message is per thread.
 *
 * Text. pc_analyze takes bytes and a length: the text need not be NUL-terminated and need not be valid
 * UTF-8. Invalid sequences, NUL bytes and text over the size limit become findings, never errors. Every
 * offset a report gives is a byte offset into the buffer that was analysed.
 */
#ifndef PITCHCLARITY_PITCHCLARITY_H
#define PITCHCLARITY_PITCHCLARITY_H

#include <pitchclarity/export.hpp>

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
#define PC_NOEXCEPT noexcept
extern "C" {
#else
#define PC_NOEXCEPT
#endif

/* ---- Status codes ------------------------------------------------------------------------------------ */

typedef enum pc_status {
  PC_OK = 0,
  PC_ERROR_INVALID_ARGUMENT = 1, /* a NULL pointer, an index out of range, an unknown enum value */
  PC_ERROR_OPTIONS = 2,          /* pc_analyzer_create rejected the options (a value out of range, an
                                    unknown rule id) or could not build the analyzer */
  PC_ERROR_RULE_PACK = 3,        /* a rule pack is invalid; the message starts with "name:line:col: " */
  PC_ERROR_OUT_OF_MEMORY = 4,
  PC_ERROR_INTERNAL = 5 /* a bug in pitchclarity: please report the message */
} pc_status;

/* A short English description of a status ("invalid argument"); "unknown status" for other values. */
PITCHCLARITY_EXPORT const char* pc_status_string(pc_status status) PC_NOEXCEPT;

/* What went wrong in the last call on this thread that failed, e.g.
 * "team.toml:3:9: unknown key 'patern'". Never NULL; "" if no call has failed on this thread. Owned by
 * the library and valid until the next failing call on the same thread. Successful calls do not clear it:
 * read it only right after a call reported a failure. */
PITCHCLARITY_EXPORT const char* pc_last_error_message(void) PC_NOEXCEPT;

/* The version of the library actually loaded, "MAJOR.MINOR.PATCH". Never NULL. */
PITCHCLARITY_EXPORT const char* pc_version(void) PC_NOEXCEPT;

/* ---- Options ----------------------------------------------------------------------------------------- */

/* Settings for an analyzer. pc_analyzer_create copies them, so an options object may be changed or freed
 * afterwards. Setters only record values; pc_analyzer_create checks them all and reports the first bad one. */
typedef struct pc_options pc_options;

/* A new options object holding the defaults: 150 words a minute, a 60-second slot, the built-in English
 * rules, no extra packs, nothing disabled, a 16 MiB input limit. */
PITCHCLARITY_EXPORT pc_status pc_options_create(pc_options** out_options) PC_NOEXCEPT;
PITCHCLARITY_EXPORT void pc_options_free(pc_options* options) PC_NOEXCEPT;

/* Speaking rate for the length estimate; must be > 0 and <= 1000. */
PITCHCLARITY_EXPORT pc_status pc_options_set_words_per_minute(pc_options* options, double words_per_minute) PC_NOEXCEPT;
/* The speaking slot in seconds; must be > 0 and <= 3600. */
PITCHCLARITY_EXPORT pc_status pc_options_set_slot_seconds(pc_options* options, double slot_seconds) PC_NOEXCEPT;
/* Longer input is analysed up to this many bytes, with an input.truncated finding; 1 byte to 1 GiB. */
PITCHCLARITY_EXPORT pc_status pc_options_set_max_input_bytes(pc_options* options, size_t max_input_bytes) PC_NOEXCEPT;
/* Nonzero (the default) loads the built-in English rule pack; 0 uses only the packs added below. */
PITCHCLARITY_EXPORT pc_status pc_options_set_builtin_rules(pc_options* options, int enabled) PC_NOEXCEPT;

/* Adds a rule pack (TOML text, `length` bytes, need not be NUL-terminated), loaded after the built-in one
 * and any added before it. `name` (NUL-terminated, usually the file's path) is what error messages and
 * RuleInfo name. `text` may be NULL only when `length` is 0. */
PITCHCLARITY_EXPORT pc_status pc_options_add_rule_pack(pc_options* options, const char* name, const char* text,
                                                       size_t length) PC_NOEXCEPT;

/* Switches off a rule by id or alias ("jargon.synergy"). An id no pack defines makes pc_analyzer_create
 * fail with PC_ERROR_OPTIONS. */
PITCHCLARITY_EXPORT pc_status pc_options_disable_rule(pc_options* options, const char* rule_id) PC_NOEXCEPT;

/* ---- Analyzer and reports ---------------------------------------------------------------------------- */

/* Compiled rules and tables, immutable once created. Create one and share it: creation is the expensive
 * step, analysis is cheap. */
typedef struct pc_analyzer pc_analyzer;

/* The result of analysing one pitch: plain data, immutable. */
typedef struct pc_report pc_report;

/* Builds an analyzer from `options` (NULL: the defaults). On failure *out_analyzer is NULL and the status
 * is PC_ERROR_OPTIONS, PC_ERROR_RULE_PACK or PC_ERROR_OUT_OF_MEMORY, with the reason in
 * pc_last_error_message(). */
PITCHCLARITY_EXPORT pc_status pc_analyzer_create(const pc_options* options, pc_analyzer** out_analyzer) PC_NOEXCEPT;
PITCHCLARITY_EXPORT void pc_analyzer_free(pc_analyzer* analyzer) PC_NOEXCEPT;

/* Analyses `length` bytes at `text` and hands the caller a new report in *out_report. `text` may be NULL
 * only when `length` is 0. `id` (NUL-terminated, may be NULL) is copied into the report's JSON "id", e.g.
 * a file name. Problems with the text itself are findings, so this fails only on bad arguments or when
 * memory runs out. Thread-safe on a shared analyzer. */
PITCHCLARITY_EXPORT pc_status pc_analyze(const pc_analyzer* analyzer, const char* text, size_t length, const char* id,
                                         pc_report** out_report) PC_NOEXCEPT;
PITCHCLARITY_EXPORT void pc_report_free(pc_report* report) PC_NOEXCEPT;

/* ---- Reading a report -------------------------------------------------------------------------------- */

/* The overall score, 0-100; -1 if `report` is NULL. */
PITCHCLARITY_EXPORT int pc_report_score(const pc_report* report) PC_NOEXCEPT;
/* The score's band: "vague" < 40 <= "developing" < 65 <= "clear" < 85 <= "specific"; NULL if `report` is NULL. */
PITCHCLARITY_EXPORT const char* pc_report_band(const pc_report* report) PC_NOEXCEPT;

/* The level-scored dimensions, in the order of the JSON report. */
typedef enum pc_dimension {
  PC_DIMENSION_TARGET_CLIENT = 0, /* levels 0-4 */
  PC_DIMENSION_INDUSTRY = 1,      /* levels 0-2 */
  PC_DIMENSION_PROBLEM = 2,       /* levels 0-3 */
  PC_DIMENSION_ASK = 3,           /* levels 0-3 */
  PC_DIMENSION_GIVE = 4,          /* levels 0-2 */
  PC_DIMENSION_OFFER = 5          /* levels 0-2 */
} pc_dimension;

/* The dimension's JSON key ("target_client"); NULL for an unknown value. */
PITCHCLARITY_EXPORT const char* pc_dimension_name(pc_dimension dimension) PC_NOEXCEPT;
/* A dimension's level; -1 if `report` is NULL or `dimension` unknown. */
PITCHCLARITY_EXPORT int pc_report_level(const pc_report* report, pc_dimension dimension) PC_NOEXCEPT;
/* The clarity score, 0-100 (jargon, acronyms, hedges, fillers, long sentences lower it); -1 if NULL. */
PITCHCLARITY_EXPORT int pc_report_clarity(const pc_report* report) PC_NOEXCEPT;
/* Words and sentences counted; -1 if NULL. */
PITCHCLARITY_EXPORT int pc_report_words(const pc_report* report) PC_NOEXCEPT;
PITCHCLARITY_EXPORT int pc_report_sentences(const pc_report* report) PC_NOEXCEPT;
/* Estimated speaking time at the analyzer's words per minute; -1.0 if NULL. */
PITCHCLARITY_EXPORT double pc_report_seconds(const pc_report* report) PC_NOEXCEPT;
/* A rewrite of the pitch that fixes what the findings point at ("" when none); NULL if `report` is NULL. */
PITCHCLARITY_EXPORT const char* pc_report_suggested_rewrite(const pc_report* report) PC_NOEXCEPT;

typedef enum pc_severity { PC_SEVERITY_ERROR = 0, PC_SEVERITY_WARNING = 1, PC_SEVERITY_NOTE = 2 } pc_severity;

/* "error", "warning" or "note"; NULL for an unknown value. */
PITCHCLARITY_EXPORT const char* pc_severity_name(pc_severity severity) PC_NOEXCEPT;

/* One finding. Every pointer belongs to the report and lives as long as it; none is NULL. */
typedef struct pc_finding {
  const char* rule;     /* "category.name", e.g. "vague.paying-clients"; stable across releases */
  const char* category; /* vague, missing, jargon, hedge, filler, acronym, sentence, length, input */
  pc_severity severity;
  const char* message;    /* what is wrong */
  const char* suggestion; /* what to write instead; may be "" */
  int has_span;           /* 0 for a finding about the whole pitch (missing.ask); the span fields are then 0/"" */
  uint32_t start;         /* byte offsets [start, end) into the analysed buffer */
  uint32_t end;
  uint32_t line;      /* 1-based; lines end at LF, CRLF or a lone CR */
  uint32_t column;    /* 1-based, in code points (an invalid UTF-8 sequence counts as one) */
  const char* text;   /* the input's bytes [start, end), NUL-terminated; may hold invalid UTF-8 or NULs */
  size_t text_length; /* end - start */
} pc_finding;

/* How many findings the report has; 0 if `report` is NULL. */
PITCHCLARITY_EXPORT size_t pc_report_finding_count(const pc_report* report) PC_NOEXCEPT;
/* Fills *out_finding with finding `index` (0-based, in text order, whole-pitch findings last).
 * PC_ERROR_INVALID_ARGUMENT if a pointer is NULL or `index` >= the count (then *out_finding is zeroed). */
PITCHCLARITY_EXPORT pc_status pc_report_finding(const pc_report* report, size_t index,
                                                pc_finding* out_finding) PC_NOEXCEPT;

/* The whole report as the JSON object documented in DESIGN.md (what `pitchcheck --format json` prints):
 * one line when `indent` < 0, else pretty-printed with `indent` spaces. Input bytes that are not valid UTF-8
 * appear as U+FFFD; offsets stay exact. The caller owns *out_json and frees it with pc_string_free. */
PITCHCLARITY_EXPORT pc_status pc_report_to_json(const pc_report* report, int indent, char** out_json) PC_NOEXCEPT;
/* Frees a string the library handed over (pc_report_to_json). Accepts NULL. */
PITCHCLARITY_EXPORT void pc_string_free(char* string) PC_NOEXCEPT;

#ifdef __cplusplus
}
#endif

#endif /* PITCHCLARITY_PITCHCLARITY_H */
