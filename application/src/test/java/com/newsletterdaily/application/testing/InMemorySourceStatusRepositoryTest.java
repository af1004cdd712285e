package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.SourceStatusRepository;

class InMemorySourceStatusRepositoryTest extends SourceStatusRepositoryContract {

    @Override
    protected SourceStatusRepository repository() {
        return new InMemorySourceStatusRepository();
    }
}
