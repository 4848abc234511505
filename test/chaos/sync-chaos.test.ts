// The sync property test, part 1 of 2 (the suite and how to run or replay it: chaos-suite.ts). The two halves of the
// seeds are two files, so they run side by side.
import { chaosSuite } from './chaos-suite';

chaosSuite(1);
