export { philox4x32 } from "./philox";
export {
  BLOCK_VARIATES,
  createStream,
  enterBlock,
  hashStreamName,
  nextUint32,
  RandomStreamError,
  seekStream,
  streamPosition,
  type RandomStream,
  type StreamKey,
} from "./stream";
export { fillUniform, nextUniform } from "./uniform";
export { fillNormal, nextNormal } from "./ziggurat";
export { drawNormal, drawUniform } from "./ziggurat";
export { fillVariates, type VariateDraw } from "./variates";
