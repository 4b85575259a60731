/** The text of `--help`. */
export const HELP = `Entente: turn news articles into a graph of states, leaders, analysts and organizations.

Usage:
  entente extract PATH... [--date YYYY-MM-DD] [--format FORMAT] [-o FILE] [--jobs N]
  entente extract --jsonl FILE|- [--date YYYY-MM-DD] [-o FILE]
  entente merge FILE...|- [--format FORMAT] [-o FILE]
  entente queue PATH... --redis URL [--date YYYY-MM-DD] [--format FORMAT] [-o FILE]
  entente worker --redis URL [--jobs N]
  entente --help
(In the repository: npm run --silent cli -- extract ..., or npx entente extract ...)

extract: each PATH is an article file (.txt plain text, or .html/.htm saved page), a
directory (walked recursively for .txt, .html and .htm files; hidden entries are skipped),
or - to read one article from standard input. Several articles merge into one graph: the
same actor is one node, the same (type, source, target) tie is one edge, and every
evidence item keeps the id of its article (the file path as given; "stdin" for -).
Directories are read on N threads (--jobs); the output is the same whatever N is.

extract --jsonl: one article per line, {"id": ..., "text": ...} or {"id": ..., "html": ...}
with optional "date" (YYYY-MM-DD) and "source"; writes one graph (JSON) per line, in
input order. A bad line is reported on standard error with its number and skipped.

merge: merges graphs (JSON files as extract writes them, JSON-lines files as
extract --jsonl writes them, or - for standard input) into one graph, the same whatever
the order or grouping of the inputs (nodes, ties and evidence come out sorted).

queue: sends one job per article (the file's bytes go with the job) to a Redis queue
(BullMQ), and merges the graphs as workers finish them, in file order: the graph is the
one extract writes. worker: takes articles from that queue and extracts them on N
threads; start any number, on any machines that reach the Redis server; stop with
Ctrl-C. A job whose worker dies is taken again by another; a bad article is reported in
the summary, not fatal. See docs/scale.md.

Options:
  --date YYYY-MM-DD   publication date, used to resolve "on Thursday", "last month";
                      applies to every article (an HTML page's own date is used otherwise)
  --format FORMAT     json (graphology JSON, the default), gexf (for Gephi),
                      graphml, csv (edge list with the first evidence sentence), or
                      neo4j (nodes.csv, relationships.csv and load.cypher in the folder -o DIR)
  -o, --output FILE   write the graph to FILE instead of standard output
  -j, --jobs N        threads for a directory, or a worker (default: the number of cores)
  --redis URL         the Redis server of queue and worker (redis://HOST:PORT)
  --jsonl             read JSON lines, write one graph per line (extract)
  --corrections FILE  apply an analyst's corrections (a workspace file exported by the
                      explorer, or its corrections log) to the graph before writing it
  -q, --quiet         no progress bar and no summary on standard error
  -h, --help          show this help

Output goes to standard output (or FILE); messages go to standard error. A directory
run shows a progress bar when standard error is a terminal, and ends with a summary:
files read, files skipped with the reason, actors and ties.

Exit status:
  0  the graph was written (in a directory run, unreadable files were skipped; with
     --jsonl, bad lines were skipped)
  1  an input named on the command line is missing, unreadable, empty, binary or too
     large, no article could be read, a graph to merge does not read, the Redis server
     cannot be reached, or the output could not be written
  2  bad usage: unknown option or command, bad --date, unknown --format, bad --jobs,
     bad --redis
  3  internal error while extracting (please report it with the article)

Examples:
  npm run --silent cli -- extract data/china-north-korea-russia.txt > graph.json
  npm run --silent cli -- extract article.html --date 2024-03-15 --format gexf -o graph.gexf
  cat article.txt | npm run --silent cli -- extract - --format csv
  npm run --silent cli -- extract ../corpus/ --jobs 2 -o corpus.json
  npm run --silent cli -- extract --jsonl articles.jsonl > graphs.jsonl
  npm run --silent cli -- merge graphs.jsonl corpus.json -o all.json
  npm run --silent cli -- extract data --format neo4j -o neo4j-import/
`;
