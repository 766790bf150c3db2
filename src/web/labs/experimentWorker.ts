/**
 * Web Worker: simulates replicates of one experiment (`runTask(payload, index)` of the experiment
 * runner's task module, what `livelift experiment` runs on its worker threads), so the labs'
 * experiments are the CLI's to the byte.
 */
import { runTask } from '../../experiments/world/experimentTask.js';
import { serveTasks } from '../run/runTasks.js';

serveTasks(runTask, 'experimentWorker');
