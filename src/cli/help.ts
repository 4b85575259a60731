/** The text of `--help`. */
export const HELP = `Entente: turn news articles into a graph of states, leaders, analysts and organizations.

Usage:
  npm run --silent cli -- extract PATH... [--date YYYY-MM-DD] [--format json|gexf|graphml|csv] [-o FILE]
  npm run --silent cli -- --help

Each PATH is an article file (.txt plain text, or .html/.htm saved page), a directory
(walked recursively for .txt, .html and .htm files; hidden entries are skipped), or - to
read one article from standard input. Several articles merge into one graph: the same
actor is one node, the same (type, source, target) tie is one edge, and every evidence
item keeps the id of its article (the file path as given; "stdin" for -).

Options:
  --date YYYY-MM-DD   publication date, used to resolve "on Thursday", "last month";
                      applies to every article (an HTML page's own date is used otherwise)
  --format FORMAT     json (graphology JSON, the default), gexf (for Gephi),
                      graphml, or csv (edge list with the first evidence sentence)
  -o, --output FILE   write the graph to FILE instead of standard output
  -q, --quiet         no progress bar and no summary on standard error
  -h, --help          show this help

Output goes to standard output (or FILE); messages go to standard error. A directory
run shows a progress bar when standard error is a terminal, and ends with a summary:
files read, files skipped with the reason, actors and ties.

Exit status:
  0  the graph was written (in a directory run, unreadable files were skipped)
  1  an input named on the command line is missing, unreadable, empty, binary or too
     large, no article could be read, or the output could not be written
  2  bad usage: unknown option or command, bad --date, unknown --format
  3  internal error while extracting (please report it with the article)

Examples:
  npm run --silent cli -- extract data/china-north-korea-russia.txt > graph.json
  npm run --silent cli -- extract article.html --date 2024-03-15 --format gexf -o graph.gexf
  cat article.txt | npm run --silent cli -- extract - --format csv
  npm run --silent cli -- extract ../corpus/ -o corpus.json
`;
