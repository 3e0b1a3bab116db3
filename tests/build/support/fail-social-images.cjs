// Preloaded (NODE_OPTIONS=--require) into every Node process of a build by
// tests/build/build-steps.test.ts: the social-images step, and only it, fails after a second.
if (process.argv.some((argument) => argument.includes('social-images'))) {
  setTimeout(() => {
    throw new Error('social image renderer broke (injected by the test)');
  }, 1000);
}
