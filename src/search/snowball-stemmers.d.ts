// Types for the snowball-stemmers package, which ships none; only what swedish-stemmer.ts uses.
declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  const snowball: { newStemmer(language: string): Stemmer };
  export default snowball;
}
