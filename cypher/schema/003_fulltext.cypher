// One full-text index over English names, Chinese names and aliases. The CJK analyzer
// indexes Chinese as overlapping bigrams, so 廉政公署 and 廉署 are both found; Latin text is
// lower-cased and tokenised as usual.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Agency|Organisation|Jurisdiction|Event|Agreement|Person|Source)
ON EACH [n.name, n.nameZh, n.aliases, n.acronym, n.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
