/** Help text for `trellis sna`. */

/** The full usage text printed by `trellis sna help` and after usage errors. */
export const USAGE = `Usage: trellis sna <command> [options]

Commands:
  metrics FILE   Compute every node measure and print one JSON document
  convert IN OUT Convert a graph file between formats (OUT "-" writes to stdout)
  help           Show this text

metrics options:
  --format F        Input format: edgelist, csv or graphml (default: from the extension)
  --directed        Treat edges as directed (GraphML: default from edgedefault)
  --weighted        Use edge weights (default: ignore them)
  --attribute NAME  Node attribute used for E-I index and other group measures
  --sample K        Estimate betweenness from K sampled sources instead of all
  --seed S          Seed for --sample (default 0)
  --workers N       Worker threads for betweenness (default 1)
  --self-loops P    keep or drop (default keep)
  --multi-edges P   How repeated edges merge: sum, first or max (default sum)

convert options:
  --from F          Input format: edgelist, csv or graphml (default: from IN's extension)
  --to F            Output format: edgelist, csv, graphml or gexf (default: from OUT's extension)
  --directed        Treat edges as directed
  --weighted        Keep edge weights (default: when the input has any)
  --self-loops P, --multi-edges P  As for metrics

Extensions: .txt .edgelist .edges (edge list), .csv, .graphml .xml, .gexf (write only).
Formats are described in packages/sna/docs/formats.md.
`;
