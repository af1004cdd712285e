package com.newsletterdaily.application.testing;

import com.newsletterdaily.application.port.out.CostLedger;

class InMemoryCostLedgerTest extends CostLedgerContract {

    @Override
    protected CostLedger ledger() {
        return new InMemoryCostLedger();
    }
}
