export {
  SAMPLE_TIME_ZONE,
  sampleFacts,
  sampleIncident,
  sampleLetterInput,
  sampleNotification,
  sampleOrganisation,
  samplePeople,
} from './incident';
export { sampleProcessor, sampleProcessorNotice, sampleRegister, sampleTimeline } from './more';
