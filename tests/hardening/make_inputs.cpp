// make_inputs — writes the bad inputs of the hardening tests that a CMake script cannot write (NUL bytes,
// UTF-16, a binary file) or that must not be committed (100 MB), into a folder of the build tree.
//
//   pc_hardening_inputs OUT_DIR
//
// Everything is generated from constants here, byte for byte the same on every run; a file that already
// has the right size is left alone, so reruns do not rewrite 100 MB.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kPitch =
    "Hi, I'm Maya from Ledgerlight Bookkeeping. I help independent dental practices in Leeds that are chasing "
    "unpaid invoices: most of them lose around four thousand pounds a year to bills nobody follows up. I take "
    "over their credit control and send a one-page summary each month. A good introduction for me is the "
    "practice manager at a dental practice with three or more surgeries. If you know Priya Shah at Bright "
    "Smile Dental, I'd love an introduction. In return I can introduce you to the two commercial landlords "
    "I work with in Headingley.\n\n";

void write(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

// `unit` repeated (the last copy cut) to exactly `size` bytes, written in chunks.
void write_repeated(const fs::path& path, std::string_view unit, std::uintmax_t size) {
  std::error_code ec;
  if (fs::file_size(path, ec) == size && !ec) return;
  std::string chunk;
  while (chunk.size() < (1u << 20)) chunk += unit;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  for (std::uintmax_t done = 0; done < size;) {
    const std::uintmax_t n = std::min<std::uintmax_t>(chunk.size() - chunk.size() % unit.size(), size - done);
    out.write(chunk.data(), static_cast<std::streamsize>(n));
    done += n;
  }
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

// ASCII text as UTF-16: little- or big-endian, with or without a byte-order mark.
std::string utf16(std::string_view ascii, bool little_endian, bool bom) {
  std::string out;
  if (bom) out += little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (const char c : ascii) {
    if (little_endian) {
      out += c;
      out += '\0';
    } else {
      out += '\0';
      out += c;
    }
  }
  return out;
}

// What a Word document looks like to a text reader: a ZIP header, then compressed (random-looking) bytes.
std::string binary_document() {
  static constexpr char kZip[] = "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00";
  std::string out(kZip, sizeof kZip - 1);
  out += "[Content_Types].xml";
  std::uint64_t state = 0x9E3779B97F4A7C15u;  // splitmix64: the same bytes everywhere
  while (out.size() < 65536) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    z ^= z >> 31;
    for (int i = 0; i < 8; ++i) out += static_cast<char>((z >> (8 * i)) & 0xFF);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: pc_hardening_inputs OUT_DIR\n";
    return 2;
  }
  const fs::path dir = argv[1];
  try {
    fs::create_directories(dir);
    const std::string_view short_pitch = "I help independent dental practices in Leeds that are chasing unpaid invoices.";
    write(dir / "utf16le-bom.txt", utf16(short_pitch, true, true));
    write(dir / "utf16be-bom.txt", utf16(short_pitch, false, true));
    write(dir / "utf16le-no-bom.txt", utf16(short_pitch, true, false));
    // A spreadsheet's "Unicode text" export and a JSONL file written by a UTF-16 tool.
    write(dir / "utf16le-bom.csv", utf16("id,text\nanna,I help dental practices in Leeds.\n", true, true));
    write(dir / "utf16be-bom.jsonl", utf16("{\"id\":\"anna\",\"text\":\"I help dentists.\"}\n", false, true));
    write(dir / "document.docx", binary_document());
    static constexpr char kNul[] = "I help independent dental practices\0 in Leeds that are chasing\0\0 unpaid invoices.\n";
    write(dir / "nul-in-text.txt", std::string_view(kNul, sizeof kNul - 1));
    write(dir / "invalid-utf8.txt",
          "I help caf\xE9 owners in Leeds \xE2\x82 who lose \xC0\xAF money to no-shows.\n");  // Latin-1, cut, overlong
    write_repeated(dir / "word-1mb.txt", "a", 1u << 20);
    write_repeated(dir / "vague-100k.txt", "I want paying clients. ", 100000 * std::string_view("I want paying clients. ").size());
    write_repeated(dir / "big-100mb.txt", kPitch, 100u << 20);
  } catch (const std::exception& e) {
    std::cerr << "pc_hardening_inputs: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
