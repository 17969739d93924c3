// Prose furniture available in every chapter without an import (passed to <Content components>).
// Instruments are imported in the chapter itself, because client directives need the import.
import Cite from './Cite.astro';
import EqRef from './EqRef.astro';
import Equation from './Equation.astro';
import Takeaway from './Takeaway.astro';
import QuizChoice from '../quiz/QuizChoice.astro';
import QuizNumber from '../quiz/QuizNumber.astro';
import QuizTrueFalse from '../quiz/QuizTrueFalse.astro';

export const proseComponents = { Cite, EqRef, Equation, Takeaway, QuizChoice, QuizNumber, QuizTrueFalse };
