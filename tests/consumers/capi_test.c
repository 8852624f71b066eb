/* The C API's contract, tested from C99 against the shared library, as a C consumer sees it.
 *   capi_test CASE PITCH_FILE
 * CASE: bad-arguments, options, rule-pack, invalid-utf8, report, threads. Exit 0 on success. */
#include <pitchclarity/pitchclarity.h>

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      ++failures;                                                              \
    }                                                                          \
  } while (0)

/* The call failed with `want`, and the thread's message contains `part`. */
#define CHECK_FAILS(call, want, part)                                                                           \
  do {                                                                                                          \
    pc_status got_ = (call);                                                                                    \
    const char* message_ = pc_last_error_message();                                                             \
    if (got_ != (want) || message_ == NULL || strstr(message_, (part)) == NULL) {                               \
      fprintf(stderr, "%s:%d: %s\n  gave %d (%s) \"%s\", expected %d with \"%s\"\n", __FILE__, __LINE__, #call, \
              (int)got_, pc_status_string(got_), message_ ? message_ : "(null)", (int)(want), (part));          \
      ++failures;                                                                                               \
    }                                                                                                           \
  } while (0)

/* pc_analyzer_create must fail with `want` and a message containing `part`, and leave NULL behind. */
#define CHECK_CREATE_FAILS(options, want, part)                                  \
  do {                                                                           \
    pc_analyzer* created_ = (pc_analyzer*)&failures; /* must be reset to NULL */ \
    CHECK_FAILS(pc_analyzer_create((options), &created_), (want), (part));       \
    CHECK(created_ == NULL);                                                     \
    if (created_ != (pc_analyzer*)&failures) pc_analyzer_free(created_);         \
  } while (0)

static char* read_file(const char* path, size_t* length) {
  FILE* file = fopen(path, "rb");
  char* data = NULL;
  long size = 0;
  if (file == NULL) return NULL;
  if (fseek(file, 0, SEEK_END) == 0 && (size = ftell(file)) >= 0 && fseek(file, 0, SEEK_SET) == 0) {
    data = malloc((size_t)size + 1);
    if (data != NULL && fread(data, 1, (size_t)size, file) != (size_t)size) {
      free(data);
      data = NULL;
    }
  }
  fclose(file);
  *length = (size_t)size;
  return data;
}

static pc_analyzer* default_analyzer(void) {
  pc_analyzer* analyzer = NULL;
  if (pc_analyzer_create(NULL, &analyzer) != PC_OK) {
    fprintf(stderr, "pc_analyzer_create: %s\n", pc_last_error_message());
    exit(1);
  }
  return analyzer;
}

/* Null pointers and out-of-range values everywhere: an error code and a message, never a crash. */
static void test_bad_arguments(void) {
  pc_analyzer* analyzer = default_analyzer();
  pc_report* report = (pc_report*)&failures;
  pc_options* options = NULL;
  pc_finding finding;
  char* json = (char*)&failures;

  CHECK(strcmp(pc_last_error_message(), "") == 0); /* nothing has failed on this thread yet */
  CHECK_FAILS(pc_analyzer_create(NULL, NULL), PC_ERROR_INVALID_ARGUMENT, "out_analyzer is NULL");
  CHECK_FAILS(pc_options_create(NULL), PC_ERROR_INVALID_ARGUMENT, "out_options is NULL");
  CHECK_FAILS(pc_analyze(NULL, "x", 1, NULL, &report), PC_ERROR_INVALID_ARGUMENT, "pc_analyze: analyzer is NULL");
  CHECK(report == NULL);
  CHECK_FAILS(pc_analyze(analyzer, NULL, 5, NULL, &report), PC_ERROR_INVALID_ARGUMENT, "text is NULL");
  CHECK_FAILS(pc_analyze(analyzer, "x", 1, NULL, NULL), PC_ERROR_INVALID_ARGUMENT, "out_report is NULL");
  CHECK_FAILS(pc_options_set_words_per_minute(NULL, 120), PC_ERROR_INVALID_ARGUMENT, "options is NULL");
  CHECK_FAILS(pc_options_set_slot_seconds(NULL, 30), PC_ERROR_INVALID_ARGUMENT, "options is NULL");
  CHECK_FAILS(pc_options_set_max_input_bytes(NULL, 10), PC_ERROR_INVALID_ARGUMENT, "options is NULL");
  CHECK_FAILS(pc_options_set_builtin_rules(NULL, 0), PC_ERROR_INVALID_ARGUMENT, "options is NULL");
  CHECK_FAILS(pc_options_disable_rule(NULL, "jargon.synergy"), PC_ERROR_INVALID_ARGUMENT, "options is NULL");
  CHECK(pc_options_create(&options) == PC_OK && options != NULL);
  CHECK_FAILS(pc_options_add_rule_pack(options, NULL, "", 0), PC_ERROR_INVALID_ARGUMENT, "name is NULL");
  CHECK_FAILS(pc_options_add_rule_pack(options, "p.toml", NULL, 3), PC_ERROR_INVALID_ARGUMENT, "text is NULL");
  CHECK_FAILS(pc_options_disable_rule(options, NULL), PC_ERROR_INVALID_ARGUMENT, "rule_id is NULL");

  /* The empty pitch is valid text, and NULL is allowed for it. */
  CHECK(pc_analyze(analyzer, NULL, 0, NULL, &report) == PC_OK && report != NULL);
  CHECK_FAILS(pc_report_finding(report, pc_report_finding_count(report), &finding), PC_ERROR_INVALID_ARGUMENT,
              "out of range");
  CHECK(finding.rule == NULL && finding.has_span == 0);
  CHECK_FAILS(pc_report_finding(report, (size_t)-1, &finding), PC_ERROR_INVALID_ARGUMENT, "out of range");
  CHECK_FAILS(pc_report_finding(NULL, 0, &finding), PC_ERROR_INVALID_ARGUMENT, "report is NULL");
  CHECK_FAILS(pc_report_finding(report, 0, NULL), PC_ERROR_INVALID_ARGUMENT, "out_finding is NULL");
  CHECK(pc_report_level(report, (pc_dimension)42) == -1);
  CHECK(strstr(pc_last_error_message(), "unknown dimension") != NULL);
  CHECK_FAILS(pc_report_to_json(NULL, 2, &json), PC_ERROR_INVALID_ARGUMENT, "report is NULL");
  CHECK(json == NULL);
  CHECK_FAILS(pc_report_to_json(report, 2, NULL), PC_ERROR_INVALID_ARGUMENT, "out_json is NULL");
  pc_report_free(report);

  /* Accessors on NULL: their documented sentinels, plus a message. */
  CHECK(pc_report_score(NULL) == -1);
  CHECK(strstr(pc_last_error_message(), "pc_report_score: report is NULL") != NULL);
  CHECK(pc_report_band(NULL) == NULL);
  CHECK(pc_report_level(NULL, PC_DIMENSION_ASK) == -1);
  CHECK(pc_report_clarity(NULL) == -1);
  CHECK(pc_report_words(NULL) == -1);
  CHECK(pc_report_sentences(NULL) == -1);
  CHECK(pc_report_seconds(NULL) == -1.0);
  CHECK(pc_report_suggested_rewrite(NULL) == NULL);
  CHECK(pc_report_finding_count(NULL) == 0);
  CHECK(pc_dimension_name((pc_dimension)-1) == NULL);
  CHECK(pc_severity_name((pc_severity)7) == NULL);
  CHECK(strcmp(pc_status_string((pc_status)99), "unknown status") == 0);
  CHECK(strcmp(pc_status_string(PC_ERROR_RULE_PACK), "invalid rule pack") == 0);

  /* Every free function accepts NULL. */
  pc_analyzer_free(NULL);
  pc_report_free(NULL);
  pc_options_free(NULL);
  pc_string_free(NULL);

  pc_options_free(options);
  pc_analyzer_free(analyzer);
}

/* Option values are checked when the analyzer is built, with PC_ERROR_OPTIONS and the reason. */
static void test_options(void) {
  pc_options* options = NULL;
  pc_analyzer* analyzer = NULL;
  pc_report* report = NULL;
  const char pitch[] = "I help dentists in Leeds who lose patients to no-shows.";

  CHECK(pc_options_create(&options) == PC_OK);
  CHECK(pc_options_set_words_per_minute(options, -5.0) == PC_OK); /* recorded, checked at create */
  CHECK_CREATE_FAILS(options, PC_ERROR_OPTIONS, "words_per_minute");
  CHECK(pc_options_set_words_per_minute(options, NAN) == PC_OK);
  CHECK_CREATE_FAILS(options, PC_ERROR_OPTIONS, "words_per_minute");
  CHECK(pc_options_set_words_per_minute(options, 120.0) == PC_OK);
  CHECK(pc_options_set_slot_seconds(options, 0.0) == PC_OK);
  CHECK_CREATE_FAILS(options, PC_ERROR_OPTIONS, "slot_seconds");
  CHECK(pc_options_set_slot_seconds(options, 30.0) == PC_OK);
  CHECK(pc_options_set_max_input_bytes(options, 0) == PC_OK);
  CHECK_CREATE_FAILS(options, PC_ERROR_OPTIONS, "max_input_bytes");
  CHECK(pc_options_set_max_input_bytes(options, 1u << 20) == PC_OK);

  /* Valid options take effect, and the analyzer keeps its own copy. */
  CHECK(pc_analyzer_create(options, &analyzer) == PC_OK && analyzer != NULL);
  pc_options_free(options);
  CHECK(pc_analyze(analyzer, pitch, sizeof pitch - 1, "p", &report) == PC_OK);
  CHECK(pc_report_words(report) >= 9);
  CHECK(fabs(pc_report_seconds(report) - pc_report_words(report) * 60.0 / 120.0) < 1e-9);
  pc_report_free(report);
  pc_analyzer_free(analyzer);
}

/* A broken rule pack or an unknown rule id fails creation with a message that says where. */
static void test_rule_pack(void) {
  pc_options* options = NULL;
  const char broken[] = "[[rule]]\nid = \"jargon.x\"\nkind = = \"phrase\"\n";

  CHECK(pc_options_create(&options) == PC_OK);
  CHECK(pc_options_add_rule_pack(options, "team.toml", broken, sizeof broken - 1) == PC_OK);
  CHECK_CREATE_FAILS(options, PC_ERROR_RULE_PACK, "team.toml:3:");
  pc_options_free(options);

  CHECK(pc_options_create(&options) == PC_OK);
  CHECK(pc_options_disable_rule(options, "no-such.rule") == PC_OK);
  CHECK_CREATE_FAILS(options, PC_ERROR_OPTIONS, "no-such.rule");
  pc_options_free(options);
}

/* Invalid UTF-8 and NUL bytes are findings with exact byte spans, never errors; JSON still comes out. */
static void test_invalid_utf8(void) {
  pc_analyzer* analyzer = default_analyzer();
  pc_report* report = NULL;
  pc_finding finding;
  const char text[] = "I help \xC0\xAF dentists\0 in Leeds \xED\xA0\x80.";
  size_t i, invalid = 0;
  char* json = NULL;

  CHECK(pc_analyze(analyzer, text, sizeof text - 1, "bad.txt", &report) == PC_OK);
  for (i = 0; i < pc_report_finding_count(report); ++i) {
    CHECK(pc_report_finding(report, i, &finding) == PC_OK);
    CHECK(finding.rule != NULL && finding.category != NULL && finding.message != NULL && finding.suggestion != NULL);
    if (strcmp(finding.rule, "input.invalid-utf8") == 0) {
      ++invalid;
      CHECK(finding.has_span);
      CHECK(finding.end <= sizeof text - 1 && finding.start < finding.end);
      CHECK(finding.text_length == finding.end - finding.start);
      CHECK(memcmp(finding.text, text + finding.start, finding.text_length) == 0);
    }
  }
  CHECK(invalid == 2);
  CHECK(pc_report_to_json(report, -1, &json) == PC_OK && json != NULL);
  CHECK(json != NULL && strstr(json, "\"id\":\"bad.txt\"") != NULL && strchr(json, '\n') == NULL);
  pc_string_free(json);
  pc_report_free(report);
  pc_analyzer_free(analyzer);
}

/* Every accessor agrees with the report's JSON, which is what the CLI prints. */
static void test_report(const char* path) {
  pc_analyzer* analyzer = default_analyzer();
  pc_report* report = NULL;
  pc_finding finding;
  size_t length = 0, i;
  char* text = read_file(path, &length);
  char* json = NULL;
  char expect[256];
  int d;

  CHECK(text != NULL);
  if (text == NULL) return;
  CHECK(pc_analyze(analyzer, text, length, NULL, &report) == PC_OK);
  CHECK(pc_report_to_json(report, -1, &json) == PC_OK);
  snprintf(expect, sizeof expect, "\"score\":%d,\"band\":\"%s\"", pc_report_score(report), pc_report_band(report));
  CHECK(strstr(json, expect) != NULL);
  for (d = PC_DIMENSION_TARGET_CLIENT; d <= PC_DIMENSION_OFFER; ++d) {
    snprintf(expect, sizeof expect, "\"%s\":{\"level\":%d,", pc_dimension_name((pc_dimension)d),
             pc_report_level(report, (pc_dimension)d));
    CHECK(strstr(json, expect) != NULL);
  }
  snprintf(expect, sizeof expect, "\"clarity\":{\"score\":%d}", pc_report_clarity(report));
  CHECK(strstr(json, expect) != NULL);
  snprintf(expect, sizeof expect, "\"words\":%d,\"sentences\":%d", pc_report_words(report),
           pc_report_sentences(report));
  CHECK(strstr(json, expect) != NULL);
  CHECK(pc_report_seconds(report) > 0.0);
  CHECK(pc_report_suggested_rewrite(report) != NULL);
  for (i = 0; i < pc_report_finding_count(report); ++i) {
    CHECK(pc_report_finding(report, i, &finding) == PC_OK);
    CHECK(pc_severity_name(finding.severity) != NULL);
    snprintf(expect, sizeof expect, "{\"rule\":\"%s\",\"category\":\"%s\",\"severity\":\"%s\"", finding.rule,
             finding.category, pc_severity_name(finding.severity));
    CHECK(strstr(json, expect) != NULL);
    if (finding.has_span) CHECK(memcmp(finding.text, text + finding.start, finding.text_length) == 0);
  }
  CHECK(strncmp(pc_version(), "0.", 2) == 0);
  pc_string_free(json);
  pc_report_free(report);
  pc_analyzer_free(analyzer);
  free(text);
}

/* Many threads share one analyzer; each gets exactly the single-threaded result, every time. */
enum { kThreads = 8, kRounds = 40 };

struct shared_input {
  const pc_analyzer* analyzer;
  const char* text;
  size_t length;
  const char* reference; /* the JSON from a single-threaded run */
  int mismatches;
};

static void* analyze_repeatedly(void* arg) {
  struct shared_input* input = arg;
  int round;
  for (round = 0; round < kRounds; ++round) {
    pc_report* report = NULL;
    char* json = NULL;
    /* Each thread also trips an error, to show messages are per thread. */
    if (pc_analyze(input->analyzer, NULL, 1, NULL, &report) != PC_ERROR_INVALID_ARGUMENT ||
        strstr(pc_last_error_message(), "text is NULL") == NULL ||
        pc_analyze(input->analyzer, input->text, input->length, "t", &report) != PC_OK ||
        pc_report_to_json(report, -1, &json) != PC_OK || strcmp(json, input->reference) != 0) {
      ++input->mismatches; /* each thread has its own counter */
    }
    pc_string_free(json);
    pc_report_free(report);
  }
  return NULL;
}

static void test_threads(const char* path) {
  pc_analyzer* analyzer = default_analyzer();
  pc_report* report = NULL;
  char* reference = NULL;
  size_t length = 0;
  char* text = read_file(path, &length);
  struct shared_input inputs[kThreads];
  pthread_t threads[kThreads];
  int i;

  CHECK(text != NULL);
  if (text == NULL) return;
  CHECK(pc_analyze(analyzer, text, length, "t", &report) == PC_OK);
  CHECK(pc_report_to_json(report, -1, &reference) == PC_OK);
  pc_report_free(report);
  for (i = 0; i < kThreads; ++i) {
    inputs[i].analyzer = analyzer;
    inputs[i].text = text;
    inputs[i].length = length;
    inputs[i].reference = reference;
    inputs[i].mismatches = 0;
    CHECK(pthread_create(&threads[i], NULL, analyze_repeatedly, &inputs[i]) == 0);
  }
  for (i = 0; i < kThreads; ++i) {
    CHECK(pthread_join(threads[i], NULL) == 0);
    CHECK(inputs[i].mismatches == 0);
  }
  pc_string_free(reference);
  pc_analyzer_free(analyzer);
  free(text);
}

int main(int argc, char** argv) {
  const char* name = argc > 1 ? argv[1] : "";
  const char* pitch = argc > 2 ? argv[2] : "";
  if (strcmp(name, "bad-arguments") == 0) {
    test_bad_arguments();
  } else if (strcmp(name, "options") == 0) {
    test_options();
  } else if (strcmp(name, "rule-pack") == 0) {
    test_rule_pack();
  } else if (strcmp(name, "invalid-utf8") == 0) {
    test_invalid_utf8();
  } else if (strcmp(name, "report") == 0) {
    test_report(pitch);
  } else if (strcmp(name, "threads") == 0) {
    test_threads(pitch);
  } else {
    fprintf(stderr, "usage: capi_test bad-arguments|options|rule-pack|invalid-utf8|report|threads PITCH_FILE\n");
    return 2;
  }
  if (failures == 0) printf("%s: ok\n", name);
  return failures == 0 ? 0 : 1;
}
