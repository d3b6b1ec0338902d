package org.parallax.analysis.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.parallax.model.Model;
import org.parallax.model.Point;

/**
 * BM25 over the points with Lucene, in memory: one document per point holding its title, claims and every quote,
 * analysed by Lucene's English analyzer (stop words out, Porter stems). A paragraph is a query of its own stems;
 * the best points come back with their BM25 score and the stems they share with the paragraph.
 */
public final class LexicalIndex {
    private static final String BODY = "body";
    private static final String POINT = "point";

    /** A point the paragraph's words retrieve: its BM25 score and the stems both share. */
    public record Hit(String pointId, double score, Set<String> sharedStems) {
    }

    /** A paragraph's stems with the first word in the paragraph that gave each, for evidence. */
    public record Terms(Map<String, String> surfaceByStem) {
    }

    private static final CharArraySet STOP_WORDS = readStopWords();

    private final Analyzer analyzer = new EnglishAnalyzer(STOP_WORDS);
    private final IndexSearcher searcher;
    private final StoredFields stored;
    private final Map<String, Set<String>> stemsByPoint;
    /** Each stem's document frequency, read once from the index (idf and "common" are asked per candidate). */
    private final Map<String, Integer> docFreqs = new HashMap<>();
    private final int documents;

    public LexicalIndex(Model model) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        stemsByPoint = new HashMap<>(model.points().size() * 2);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setSimilarity(new BM25Similarity()).setRAMBufferSizeMB(64))) {
            for (Point point : model.points()) {
                String text = PointTexts.all(point);
                Document document = new Document();
                document.add(new StoredField(POINT, point.id()));
                document.add(new TextField(BODY, text, Field.Store.NO));
                writer.addDocument(document);
                stemsByPoint.put(point.id(), terms(text).surfaceByStem().keySet());
            }
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            stored = reader.storedFields();
            documents = reader.numDocs();
            org.apache.lucene.index.Terms vocabulary = MultiTerms.getTerms(reader, BODY);
            if (vocabulary != null) {
                TermsEnum each = vocabulary.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    docFreqs.put(term.utf8ToString(), each.docFreq());
                }
            }
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
    }

    /** The paragraph's stems, each with the first word that gave it. */
    public Terms terms(String text) {
        Map<String, String> surface = new LinkedHashMap<>();
        try (TokenStream tokens = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                surface.putIfAbsent(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
            }
            tokens.end();
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return new Terms(surface);
    }

    /** Where one stem occurs in a text: char offsets into it (end exclusive) and the word as written. */
    public record Occurrence(String stem, String word, int start, int end) {
    }

    /** Every occurrence in {@code text} of a word whose stem is one of {@code stems}, in text order. */
    public List<Occurrence> occurrences(String text, Set<String> stems) {
        List<Occurrence> found = new ArrayList<>();
        if (stems.isEmpty() || text.isEmpty()) {
            return found;
        }
        try (TokenStream tokens = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String stem = term.toString();
                if (stems.contains(stem)) {
                    found.add(new Occurrence(stem, text.substring(offset.startOffset(), offset.endOffset()),
                            offset.startOffset(), offset.endOffset()));
                }
            }
            tokens.end();
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return found;
    }

    /** The {@code limit} points with the highest BM25 score for the paragraph's stems. */
    public List<Hit> search(Terms terms, int limit) {
        if (terms.surfaceByStem().isEmpty() || documents == 0) {
            return List.of();
        }
        List<String> stems = queryStems(terms);
        if (stems.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String stem : stems) {
            query.add(new TermQuery(new Term(BODY, stem)), BooleanClause.Occur.SHOULD);
        }
        try {
            TopDocs top = searcher.search(query.build(), limit);
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc doc : top.scoreDocs) {
                String pointId = stored.document(doc.doc).get(POINT);
                hits.add(new Hit(pointId, doc.score, shared(terms, pointId)));
            }
            return hits;
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
    }

    /**
     * The stems a query asks for. In a large model ({@value #LARGE} points or more) a stem found in over a quarter of
     * the points adds almost nothing to BM25 (its idf is near zero) but costs a walk through thousands of postings per
     * paragraph: such stems are left out, and at most {@value #MAX_QUERY_STEMS} of the rarest are kept. In smaller
     * models every stem counts (BM25's idf weighs the common ones down; leaving them out lost key pairs on both
     * held-out articles, docs/alignment.md).
     */
    private List<String> queryStems(Terms terms) {
        List<String> stems = new ArrayList<>(terms.surfaceByStem().keySet());
        if (documents < LARGE) {
            return stems.size() > IndexSearcher.getMaxClauseCount()
                    ? stems.subList(0, IndexSearcher.getMaxClauseCount()) : stems;
        }
        Map<String, Integer> frequency = new HashMap<>();
        for (String stem : stems) {
            frequency.put(stem, docFreq(stem));
        }
        List<String> kept = new ArrayList<>();
        for (String stem : stems) {
            int df = frequency.get(stem);
            if (df > 0 && !isCommon(df)) {
                kept.add(stem);
            }
        }
        kept.sort(java.util.Comparator.comparingInt(frequency::get));
        return kept.size() > MAX_QUERY_STEMS ? kept.subList(0, MAX_QUERY_STEMS) : kept;
    }

    /**
     * A stem found in over a quarter of the points ("lab", "model", "Chinese" in a comparison of AI labs) says little
     * about which point a paragraph makes: it is not shown as evidence (BM25 still counts it, weighed down by its idf),
     * and in a large model it is not queried either. Below {@value #COMMON_MIN_POINTS} points a quarter is too few
     * points to tell, and every stem is evidence.
     */
    boolean isCommon(String stem) {
        return isCommon(docFreq(stem));
    }

    private boolean isCommon(int df) {
        return documents >= COMMON_MIN_POINTS && df > documents * COMMON_SHARE;
    }

    private int docFreq(String stem) {
        return docFreqs.getOrDefault(stem, 0);
    }

    static final double COMMON_SHARE = 0.25;
    static final int COMMON_MIN_POINTS = 20;
    static final int LARGE = 2000;
    static final int MAX_QUERY_STEMS = 32;

    /** The stems a paragraph shares with a point, {@linkplain #isCommon common} ones left out. */
    public Set<String> shared(Terms terms, String pointId) {
        Set<String> pointStems = stemsByPoint.getOrDefault(pointId, Set.of());
        Set<String> shared = new HashSet<>();
        for (String stem : terms.surfaceByStem().keySet()) {
            if (pointStems.contains(stem) && !isCommon(stem)) {
                shared.add(stem);
            }
        }
        return shared;
    }

    /** How rare a stem is among the points: Lucene's BM25 idf, higher for rarer words. */
    public double idf(String stem) {
        int df = docFreq(stem);
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }

    private static CharArraySet readStopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        try (java.io.InputStream in = LexicalIndex.class.getResourceAsStream("stopwords.txt")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (!line.startsWith("#")) {
                    for (String word : line.strip().split("\\s+")) {
                        if (!word.isEmpty()) {
                            words.add(word);
                            words.add(word.replace('\'', '\u2019'));
                        }
                    }
                }
            }
        } catch (IOException | NullPointerException missing) {
            throw new IllegalStateException("stopwords.txt is missing from the classpath", missing);
        }
        return CharArraySet.unmodifiableSet(words);
    }

    public int documents() {
        return documents;
    }
}
