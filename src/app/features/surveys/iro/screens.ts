// The surveys domain's IRO staff screen by section key: one lazy chunk, loaded by the staff area only.
import type { StaffScreens } from '../../../ui/feature-manifest';
import './iro.css';
import { IroSurveyPage } from './iro-page';

const screens: StaffScreens = {
  iroSurvey: IroSurveyPage,
};
export default screens;
