// The question bank, and the answers given to picked questions.
import { resourceClient } from "./resource";
import type {
  ConversationQuestion,
  ConversationQuestionUpdate,
  Question,
  QuestionCreate,
} from "./types";

export const questionsApi = resourceClient<Question, QuestionCreate, Partial<QuestionCreate>>(
  "questions",
);
export const conversationQuestionsApi = resourceClient<
  ConversationQuestion,
  never,
  ConversationQuestionUpdate
>("conversation-questions");
