export {
  createTestDatabase,
  dropDatabase,
  TEST_ADMIN_URL_ENV,
  TEST_ROLES,
  TEST_TEMPLATE_ENV,
  testAdminUrl,
  type TestDatabase,
} from './test-database';
export { samplePolicySubject } from './policy-subject';
export { silentTypeOrmLogger } from './silent-typeorm-logger';
export { captureLogLines } from './log-capture';
