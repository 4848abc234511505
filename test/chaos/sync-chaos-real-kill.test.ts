// The sync property test with the server as a real process, killed with SIGKILL at a commit and started again (the
// suite and how to run or replay it: chaos-suite.ts; the process and its kills: chaos-server.ts, openRealChaosServer).
import { chaosSuite } from './chaos-suite';

chaosSuite('real-kill');
