/** The product catalogue and knowledge cards (English). */
export const products = {
  title: 'Products',
  description: 'What every sales group sells. Read a card in a minute to know when a customer may need it — and pass a tip.',
  search: 'Search products',
  allGroups: 'All groups',
  languageNames: {
    en: 'English',
    sv: 'Swedish',
    nb: 'Norwegian',
  },
  notTranslated: 'The card is not yet written in your language',
  empty: {
    title: 'No products match',
    text: 'Try another word, or show all groups.',
  },
  notFound: {
    title: 'Product not found',
    text: 'It may have been removed, or the link is wrong.',
    back: 'Go to products',
  },
  card: {
    language: 'Language of the card',
    whatItIs: 'What it is',
    benefits: 'Why customers buy it',
    signals: 'Signs the customer may need it',
    questions: 'Questions to ask',
    tip: 'Hear a need? Pass a tip to the group that sells it.',
    fallback: 'This card is not yet written in {{wanted}}, so it is shown in {{shown}}.',
    missingTitle: 'No knowledge card yet',
  },
  editor: {
    open: 'Edit card',
    title: 'Knowledge card: {{name}}',
    add: 'Add',
    remove: 'Remove {{item}}',
    save: 'Save in {{language}}',
    saved: 'The card was saved in {{language}}',
    startFromEnglish: 'Start from the English text',
    listCount: 'Give between 1 and 8',
    questionsCount: 'Give 3–5 questions',
    hint: {
      whatItIs: 'Two or three plain sentences a seller of another group understands.',
      benefits: 'What the customer gains — up to 8.',
      signals: 'What a seller may see or hear that points to a need — up to 8.',
      questions: '3–5 light questions at a business level.',
    },
    item: {
      benefits: 'Benefit {{n}}',
      signals: 'Signal {{n}}',
      questions: 'Question {{n}}',
    },
  },
};
