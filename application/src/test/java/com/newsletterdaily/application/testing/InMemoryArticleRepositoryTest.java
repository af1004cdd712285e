package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.ArticleRepository;

class InMemoryArticleRepositoryTest extends ArticleRepositoryContract {

    @Override
    protected ArticleRepository repository() {
        return new InMemoryArticleRepository();
    }
}
