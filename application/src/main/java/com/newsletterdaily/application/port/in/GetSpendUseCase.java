package com.newsletterdaily.application.port.in;

/** Reads what writing cost: per day and per edition over a range of dates. */
public interface GetSpendUseCase {

    /** @throws InvalidRequestException when the range is reversed or longer than {@link SpendQuery#MAX_DAYS} */
    SpendReport spend(SpendQuery query);
}
