/**
 * `plansync/testing`: the adapter contract suite (vitest) and the request builders it uses,
 * so an adapter package runs the same checks as the built-in adapters.
 */
export { describeAdapterContract, type ContractSetup } from './adapter-contract.js';
export {
  closeRequest,
  createRequest,
  markerFor,
  regionFor,
  relateRequest,
  updateRequest,
  useKinds,
  type RequestInput,
} from './requests.js';
