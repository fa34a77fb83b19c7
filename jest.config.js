// The suite runs on a "phone" set far from China (workers inherit this), so every screen test also
// proves that times are shown in Beijing time whatever the device's zone (src/utils/china-time.ts).
process.env.TZ = 'America/Los_Angeles'

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/contract/'],
  setupFilesAfterEnv: ['<rootDir>/test/setup/jest.setup.ts'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@mock/(.*)$': '<rootDir>/mock/$1',
    '^@contract/(.*)$': '<rootDir>/contract/$1',
    '^@tarojs/components$': '<rootDir>/test/setup/taro-components.tsx',
    '^@tarojs/taro$': '<rootDir>/test/setup/taro.ts',
    '^zustand$': '<rootDir>/test/setup/zustand.ts',
    '\\.(css|scss)$': '<rootDir>/test/setup/style-stub.js',
  },
  transformIgnorePatterns: ['node_modules/(?!(@tarojs|taro-ui)/)'],
  clearMocks: true,
}
