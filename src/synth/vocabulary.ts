// Word lists for synthetic profiles: names (some accented), arXiv codes with weights, title and abstract words.

// prettier-ignore
/** Given names, from many languages; the accented ones exercise Unicode handling (NFC). */
export const FIRST_NAMES: readonly string[] = [
  'Aditya', 'Ahmed', 'Aiko', 'Alejandro', 'Alessandra', 'Alice', 'Amara', 'Ana', 'Andrei',
  'Andrey', 'Anja', 'Anna', 'Antoine', 'Ayşe', 'Beatriz', 'Ben', 'Beren', 'Bjørn', 'Carlos',
  'Chen', 'Chiara', 'Chloé', 'Daniel', 'Daniela', 'David', 'Dmitri', 'Elena', 'Émile', 'Emma',
  'Enrique', 'Eszter', 'Fatima', 'Felipe', 'François', 'Gabriel', 'Giulia', 'Hannah', 'Hassan',
  'Heike', 'Hiroshi', 'Hyun-woo', 'Ines', 'Ingrid', 'Ioana', 'Isabel', 'Ivan', 'Jakub', 'Jan',
  'Javier', 'Jiawei', 'Jin', 'Joaquín', 'Johanna', 'Jorge', 'José', 'Julia', 'Jürgen', 'Kai',
  'Karim', 'Katarzyna', 'Kenji', 'Kushal', 'Laura', 'Lea', 'Lei', 'Leila', 'Liam', 'Lin', 'Lucas',
  'Lucía', 'Łukasz', 'Maja', 'Małgorzata', 'Marco', 'María', 'Mariam', 'Mark', 'Martina',
  'Mateo', 'Mehmet', 'Mei', 'Mikhail', 'Minh', 'Miriam', 'Naledi', 'Nikhil', 'Nina', 'Noah',
  'Noémie', 'Olga', 'Omar', 'Oskar', 'Paolo', 'Pedro', 'Priya', 'Quentin', 'Rafael', 'Rahul',
  'Renée', 'Ricardo', 'Rui', 'Sakura', 'Samuel', 'Sara', 'Sebastián', 'Seo-yeon', 'Shreya',
  'Siddharth', 'Sofia', 'Søren', 'Stefan', 'Sven', 'Takeshi', 'Tankut', 'Thomas', 'Tomáš',
  'Valentina', 'Vikram', 'Wei', 'Xin', 'Yara', 'Yasmin', 'Yuki', 'Yury', 'Zainab', 'Zhang',
  'Zoë', 'Zoltán',
];

// prettier-ignore
/** Family names; a few carry particles, apostrophes, hyphens or diacritics. */
export const LAST_NAMES: readonly string[] = [
  'Abebe', 'Adeyemi', 'Agarwal', 'Andersen', 'Anthony', 'Bakker', 'Banerjee', 'Becker', 'Berg',
  'Bianchi', 'Brown', 'Can', 'Castro', 'Çelik', 'Chatterjee', 'Chen', 'Cohen', 'Costa', 'Cowsik',
  'da Silva', 'de Vries', 'Dimitrov', 'Dubois', 'Dvořák', 'Eriksson', 'Fernández', 'Ferrari',
  'Fischer', 'García', 'Ghosh', 'Gómez', 'González', 'Gromov', 'Gupta', 'Hansen', 'Hashimoto',
  'Hernández', 'Hoffmann', 'Horváth', 'Huang', 'Ivanova', 'Jansen', 'Jiménez', 'Johansson',
  'Kamau', 'Kang', 'Kato', 'Kaya', 'Khan', 'Kim', 'Kowalczyk', 'Kowalski', 'Kozlov', 'Kumar',
  'Larsen', 'Laurent', 'Lee', 'Lefèvre', 'Lehmann', 'Li', 'Lim', 'Liu', 'López', 'Lundqvist',
  'Martin', 'Martínez', 'Mehta', 'Meier', 'Millidge', 'Mishra', 'Moreau', 'Morales', 'Müller',
  'Murphy', 'Nagy', 'Nakamura', 'Nguyen', 'Novák', 'Núñez', 'Nowak', "O'Brien", 'Okafor',
  'Okonkwo', 'Olsen', 'Ortiz', 'Özdemir', 'Park', 'Patel', 'Pereira', 'Petrov', 'Popescu',
  'Quispe', 'Ramírez', 'Rao', 'Reddy', 'Ricci', 'Rodríguez', 'Romano', 'Rossi', 'Sánchez',
  'Santos', 'Sato', 'Schmidt', 'Schneider', 'Shapourian', 'Sharma', 'Šimić', 'Singh', 'Smith',
  'Sokolov', 'Suzuki', 'Szabó', 'Takahashi', 'Tan', 'Tanaka', 'Tirumala', 'Tokpanov', 'Torres',
  'Tran', 'Varga', 'Vasquez', 'Vogel', 'Volkov', 'Wagner', 'Wang', 'Watanabe', 'Weber', 'Williams',
  'Wiśniewski', 'Wójcik', 'Wong', 'Wu', 'Xu', 'Yamamoto', 'Yang', 'Yilmaz', 'Yoshida', 'Zhang',
  'Zhao', 'Zhou', 'Zieliński', 'van der Berg', 'Al-Farsi', 'Ben-David', 'Saint-Pierre',
];

// prettier-ignore
/**
 * arXiv computer-science subject codes (plus stat.ML, shown as `ML`) with rough relative
 * frequencies of papers in them.
 */
export const CATEGORY_WEIGHTS: readonly (readonly [code: string, weight: number])[] = [
  ['LG', 30], ['CV', 18], ['CL', 16], ['AI', 14], ['ML', 8], ['RO', 6], ['CR', 5], ['IR', 4],
  ['NE', 3], ['SI', 3], ['DS', 3], ['HC', 3], ['SE', 3], ['IT', 3], ['SY', 3], ['DC', 2.5],
  ['CY', 2.5], ['MA', 2], ['DB', 2], ['NI', 2], ['GT', 1.5], ['LO', 1.5], ['PL', 1.5], ['CC', 1],
  ['CG', 1], ['GR', 1], ['SD', 1], ['MM', 1], ['CE', 1], ['AR', 0.8], ['DM', 0.8], ['FL', 0.5],
  ['NA', 0.8], ['ET', 0.5], ['PF', 0.5], ['SC', 0.4], ['DL', 0.4], ['MS', 0.3], ['OS', 0.3],
  ['OH', 0.2], ['GL', 0.05],
];

// prettier-ignore
/** Month abbreviations as the profile prints them. */
export const MONTHS: readonly string[] = [
  'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec',
];

// prettier-ignore
export const ADJECTIVES: readonly string[] = [
  'Adaptive', 'Scalable', 'Robust', 'Efficient', 'Sparse', 'Hierarchical', 'Contrastive',
  'Self-Supervised', 'Causal', 'Differentiable', 'Federated', 'Probabilistic', 'Neural',
  'Multimodal', 'Low-Rank', 'Equivariant', 'Interpretable', 'Distributed', 'Bayesian',
  'Energy-Based', 'Graph-Based', 'Zero-Shot', 'Few-Shot', 'Recurrent', 'Generative', 'Quantized',
  'Private', 'Fair', 'Online', 'Streaming', 'Linear-Time', 'Long-Context', 'Open-Vocabulary',
];

// prettier-ignore
export const NOUNS: readonly string[] = [
  'Transformers', 'Attention', 'Representations', 'Embeddings', 'Networks', 'Optimization',
  'Inference', 'Retrieval', 'Diffusion', 'Agents', 'Policies', 'Kernels', 'Priors', 'Mixtures',
  'Experts', 'Tokenizers', 'Benchmarks', 'Datasets', 'Language Models', 'State-Space Models',
  'Point Clouds', 'Knowledge Graphs', 'Reward Models', 'Autoencoders', 'Memory', 'Planning',
  'Alignment', 'Calibration', 'Distillation', 'Pruning', 'Compression', 'Sampling', 'Scaling Laws',
];

// prettier-ignore
export const TASKS: readonly string[] = [
  'Machine Translation', 'Image Segmentation', 'Question Answering', 'Code Generation',
  'Speech Recognition', 'Protein Folding', 'Link Prediction', 'Anomaly Detection', 'Summarization',
  'Motion Planning', 'Recommendation', 'Program Synthesis', 'Visual Grounding', 'Time Series Forecasting',
  'Entity Linking', 'Malware Detection', 'Weather Prediction', 'Theorem Proving', 'Drug Discovery',
  'Traffic Control', 'Music Generation', 'Depth Estimation', 'Dialogue', 'Fact Checking',
];

// prettier-ignore
/** Syllables glued into model names such as "Zamba" or "BlackMamba". */
export const SYLLABLES: readonly string[] = [
  'Ze', 'ra', 'Mam', 'ba', 'Ko', 'la', 'Vi', 'to', 'Lu', 'mi', 'Na', 'ri', 'Tor', 'ex', 'Qua',
  'sar', 'Fin', 'ch', 'Gor', 'illa', 'Hy', 'dra', 'Pi', 'xel', 'Or', 'ca',
];

// prettier-ignore
export const METRICS: readonly string[] = [
  'accuracy', 'F1 score', 'BLEU', 'perplexity', 'recall', 'throughput', 'sample efficiency',
  'mean average precision', 'latency', 'robustness',
];
