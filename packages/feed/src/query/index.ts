// CONTRACT (implementation owned by the queries work).
export {};
