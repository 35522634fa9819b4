import { moduleCard } from '../../cards/moduleCard';
import { describeModule } from '../../services/catalogue/describeModule';
import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import { cardText } from '../support/botHarness';

const safeguarding = describeModule(loadCatalogue(), 'SG')!;

describe('the module card', () => {
  it.each([
    [36, 'Counts for\n3 years'],
    [12, 'Counts for\n1 year'],
    // A local authority's own window (CATALOGUE_OVERRIDE_FILE) need not be whole years.
    [18, 'Counts for\n18 months'],
  ])('says how long a completion of %i months counts', (validForMonths, shown) => {
    expect(cardText(moduleCard({ ...safeguarding, validForMonths }))).toContain(shown);
  });
});
