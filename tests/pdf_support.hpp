// A small PDF writer for tests: pages of ASCII lines in Helvetica, one
// line under another, so that a paper written as text can be tried as the
// PDF a council would publish. The file is complete (catalog, page tree,
// cross-reference table), as pdftotext expects.
#ifndef DOCKET_TESTS_PDF_SUPPORT_HPP
#define DOCKET_TESTS_PDF_SUPPORT_HPP

#include <cstdio>
#include <string>
#include <vector>

namespace docket {

inline std::string pdf_string(const std::string& line) {
  std::string out = "(";
  for (const char c : line) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out + ")";
}

// Each page is a list of lines, printed from the top left.
inline std::string make_pdf(const std::vector<std::vector<std::string>>& pages) {
  std::vector<std::string> objects;  // object n is objects[n - 1]
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  std::string kids;
  for (std::size_t p = 0; p < pages.size(); ++p) kids += std::to_string(4 + 2 * p) + " 0 R ";
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>");
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  for (std::size_t p = 0; p < pages.size(); ++p) {
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                      "/Contents " + std::to_string(5 + 2 * p) + " 0 R >>");
    std::string stream = "BT /F1 10 Tf 12 TL 50 790 Td\n";
    for (const std::string& line : pages[p]) stream += pdf_string(line) + " Tj T*\n";
    stream += "ET\n";
    objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "endstream");
  }
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (const std::size_t offset : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace docket

#endif  // DOCKET_TESTS_PDF_SUPPORT_HPP
