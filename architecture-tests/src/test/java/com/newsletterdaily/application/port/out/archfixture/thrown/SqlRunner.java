package com.newsletterdaily.application.port.out.archfixture.thrown;

import java.sql.SQLException;

/** Violation fixture: a JDBC exception in a port's throws clause. */
public interface SqlRunner {

    void run(String work) throws SQLException;
}
