import GRDB
import StudyCore

/// The learner's progress in one SQLite file: the review log, card states and settings.
public enum ProgressStoreModule {}
