package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.EditionRepository;

class InMemoryEditionRepositoryTest extends EditionRepositoryContract {

    @Override
    protected EditionRepository repository() {
        return new InMemoryEditionRepository();
    }
}
