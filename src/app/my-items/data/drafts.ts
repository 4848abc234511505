// The words a young person is still writing: after a quick exit they are forgotten before Heard shows anything again.
export { markFled } from '../../storage/drafts';
