package org.wpsnetwork.kit.mongo;

import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;

/**
 * Tells a database that is away (retry later, it will pass) from a write the database refused for what it was
 * (retrying changes nothing): the first is answered with 503 and retried by consumers for as long as it takes,
 * the second is a client error or a poison event.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * True when the request reached the database but its answer never came back ({@code failure} or a cause is a
     * failed or timed-out read of the reply): a change may have been stored although the caller cannot know.
     */
    public static boolean outcomeUnknown(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MongoSocketReadException || cause instanceof MongoSocketReadTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code failure}, or a cause of it, says the database could not be reached or did not answer. */
    public static boolean unavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MongoSocketException || cause instanceof MongoTimeoutException
                    || cause instanceof MongoServerUnavailableException || cause instanceof MongoNotPrimaryException
                    || cause instanceof MongoNodeIsRecoveringException || cause instanceof MongoInterruptedException
                    || cause instanceof MongoExecutionTimeoutException || cause instanceof MongoWriteConcernException) {
                return true;
            }
            if (cause instanceof MongoException mongo && (mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
                    || mongo.hasErrorLabel(MongoException.UNKNOWN_TRANSACTION_COMMIT_RESULT_LABEL))) {
                return true;
            }
        }
        return false;
    }
}
