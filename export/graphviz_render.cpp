#include "export/graphviz_render.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "export/dot_writer.h"

extern char** environ;

namespace kg {
namespace {

namespace fs = std::filesystem;

// A private directory for the DOT input, the image and the program's stderr.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern = (fs::temp_directory_path() / "kgraph-render-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error(std::string("cannot create temp dir: ") + std::strerror(errno));
    path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  fs::path operator/(const char* name) const { return path_ / name; }

 private:
  fs::path path_;
};

fs::path find_program(std::string_view name, const RenderOptions& options) {
  std::string search = options.search_path;
  if (search.empty()) {
    const char* env = std::getenv("PATH");
    search = env ? env : "/usr/bin:/bin";
  }
  std::istringstream dirs(search);
  for (std::string dir; std::getline(dirs, dir, ':');) {
    if (dir.empty()) continue;
    fs::path candidate = fs::path(dir) / name;
    if (::access(candidate.c_str(), X_OK) == 0 && !fs::is_directory(candidate)) return candidate;
  }
  throw std::runtime_error("Graphviz is needed to draw images but '" + std::string(name) +
                           "' was not found on PATH; install Graphviz (e.g. apt-get install graphviz) "
                           "or write a .dot file and render it elsewhere");
}

// Runs `argv` with stdin and stdout on /dev/null and stderr into `err`; returns the
// waitpid status.
int run(const std::vector<std::string>& argv, const fs::path& err) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = ::posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw std::runtime_error("cannot run " + argv[0] + ": " + std::strerror(spawned));
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw std::runtime_error("waiting for " + argv[0] + ": " + std::strerror(errno));
  }
  return status;
}

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The first lines of a program's stderr, enough to see what went wrong.
std::string excerpt(std::string text) {
  if (text.size() > 600) text = text.substr(0, 600) + "...";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text.empty() ? "" : ": " + text;
}

}  // namespace

std::string_view layout_program(std::size_t node_count, const RenderOptions& options) {
  return node_count > options.sfdp_above ? "sfdp" : "dot";
}

void require_graphviz(const RenderOptions& options) {
  find_program("dot", options);
  find_program("sfdp", options);
}

void render_image(std::ostream& out, const KnowledgeGraph& graph, ImageFormat format, const RenderOptions& options) {
  const std::string_view name = layout_program(graph.node_count(), options);
  const fs::path program = find_program(name, options);

  ScratchDir dir;
  const fs::path input = dir / "graph.dot", image = dir / "image", errors = dir / "stderr";
  {
    std::ofstream dot(input, std::ios::binary);
    write_dot(dot, graph);
  }
  const std::string type = format == ImageFormat::Svg ? "-Tsvg" : "-Tpng";
  std::vector<std::string> args{program.string(), type, "-o", image.string()};
  // sfdp draws straight edges and removes node overlaps in one final pass: with the DOT file's
  // overlap="false" and splines="true", Graphviz 2.42's sfdp crashes on some graphs (SIGSEGV, heap
  // corruption in spline routing) and gives a PNG that differs from run to run on others (the
  // iterated prism overlap removal); both seen on the seeds and samples graph. Straight lines are
  // what force-directed drawings of big graphs use anyway.
  if (name == "sfdp") args.insert(args.end(), {"-Gsplines=line", "-Goverlap=prism0"});
  args.push_back(input.string());
  const int status = run(args, errors);
  if (WIFSIGNALED(status))
    throw std::runtime_error(std::string(name) + " was killed by signal " + std::to_string(WTERMSIG(status)) +
                             excerpt(read_all(errors)));
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw std::runtime_error(std::string(name) + " failed with exit status " + std::to_string(WEXITSTATUS(status)) +
                             excerpt(read_all(errors)));

  std::ifstream picture(image, std::ios::binary);
  if (!picture) throw std::runtime_error(std::string(name) + " wrote no image");
  out << picture.rdbuf();
  out.flush();
  if (!out) throw std::runtime_error("image: write failed");
}

}  // namespace kg
